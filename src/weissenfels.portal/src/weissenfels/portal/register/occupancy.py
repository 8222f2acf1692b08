"""Occupancy as figures: m² per person per flat, and a warning below the team's thresholds.

The thresholds are minimum m² per person and age band, set on the register folder (defaults of
the model town's housing law: 9 m² per adult and per child from six, 6 m² per child under
six). A flat is overcrowded when its living space is less than the sum over its registered
persons of their band's minimum.
"""

from weissenfels.portal.content.gebaeuderegister import DEFAULT_MIN_SPACE


BANDS = (
    ("adult", "persons_adult", "min_space_adult"),
    ("minor", "persons_minor", "min_space_minor"),
    ("under_six", "persons_under_six", "min_space_under_six"),
)


def thresholds(register):
    result = {}
    for band, _persons, setting in BANDS:
        value = getattr(register, setting, None)
        result[band] = DEFAULT_MIN_SPACE[band] if value is None else float(value)
    return result


def occupancy(flat, register):
    """{persons, per_person (m² or None), required (m²), overcrowded} of a flat."""
    limits = thresholds(register)
    counts = {band: int(getattr(flat, persons, None) or 0) for band, persons, _setting in BANDS}
    persons = sum(counts.values())
    space = flat.living_space
    required = sum(counts[band] * limits[band] for band in counts)
    return {
        "persons": persons,
        "counts": counts,
        "per_person": round(space / persons, 1) if space and persons else None,
        "required": required,
        "overcrowded": bool(persons and space is not None and space < required),
    }
