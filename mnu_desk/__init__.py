"""mnu-desk: the support desk's tool for keeping m.nu's privacy promises."""

__version__ = "0.1.0"
