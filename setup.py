"""The package list only: everything else is in pyproject.toml. The two asset folders are mapped into the
package there ([tool.setuptools.package-dir]); a static list could not name both them and every mnu_desk
subpackage found on disk."""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["mnu_desk*"]) + ["mnu_desk._assets.ui", "mnu_desk._assets.resources"])
