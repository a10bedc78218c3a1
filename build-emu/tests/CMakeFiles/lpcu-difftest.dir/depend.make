# Empty dependencies file for lpcu-difftest.
# This may be replaced when dependencies are built.
