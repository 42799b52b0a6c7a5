# Placeholder until tools/import_hotlines.py generates the country names.
country-AF = Afghanistan
country-GB = United Kingdom
country-US = United States
