# Empty custom commands generated dependencies file for regen.
# This may be replaced when dependencies are built.
