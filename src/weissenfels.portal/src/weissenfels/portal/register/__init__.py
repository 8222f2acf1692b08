"""The Wohnraumkontrolle's building register (issue 20): buildings (Objekt) with flats,
inspections and orders in /gebaeuderegister, linked to the housing cases by address.

structure.py   the register folder and who gets in (capabilities building_register, register_lookup)
address.py     the building's address key (postcode + handling/address's street key)
linking.py     cases ↔ building: at submission, by hand; the first "Begehung empfohlen" date
occupancy.py   m² per person per flat and the warning thresholds per age band
lookup.py      the Clearingstelle's lookup: orders in force for an address, since when
followups.py   overdue follow-ups (Wiedervorlage): listed, mailed once to the team lead
"""
