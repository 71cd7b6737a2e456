from mnu_desk.cli.main import run

run()
