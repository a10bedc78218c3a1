# Empty dependencies file for test_page_edge.
# This may be replaced when dependencies are built.
