"""Job titles as typed on a phone, eighth 'fresh' round (tests/fixtures/noc_people8.csv: 60 French, 90 English,
written and decided from the official NOC 2021 example titles, with harmful first matches written down, and
committed before the finder was run on them): the TEER 2-3 against 4-5 boundaries (supervisors against the
workers they lead, cooks against kitchen helpers, technicians against servicers, apprentices and journeymen against
trades helpers, tellers against financial advisors, butchers against meat cutters, dispatchers against head
dispatchers), titles with big Canadian employers' names, and gig and platform work.

Measured once before any change (everyday table 2026-12-06.8, commit 1ef607e): top-1 85.3% (128 of 150), top-5
94.0% (141 of 150); 1 first match whose hours count when the job's do not ("formatrice d'équipiers chez mcdo" ->
41210 'College and other vocational instructors') and 5 the other way round ('répartiteur chef' -> 14404,
'deuxième cuisinier' -> 65201, 'team lead at call centre' -> 95100, 'lead hand drywall' -> 75110, 'journeyperson
plumber' -> 75110); the nine platform titles (Uber, Lyft, DoorDash, Skip the Dishes, Instacart, Amazon Flex),
whose drivers are contractors, none noted as self-employed (0 of 9).
"""
