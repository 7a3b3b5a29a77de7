"""Exchange files (DESIGN §9): reading CSV and xlsx sheets and importing orgs, places and applications."""
