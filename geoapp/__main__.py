from geoapp.cli import cli

cli(prog_name="geoapp")
