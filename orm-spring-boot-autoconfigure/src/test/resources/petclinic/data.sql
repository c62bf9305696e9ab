INSERT INTO vets (first_name, last_name) VALUES ('Ada', 'Brennan');
INSERT INTO vets (first_name, last_name) VALUES ('Bruno', 'Castell');
INSERT INTO vets (first_name, last_name) VALUES ('Clara', 'Dunmore');
INSERT INTO vets (first_name, last_name) VALUES ('Dev', 'Eriksen');
INSERT INTO vets (first_name, last_name) VALUES ('Elif', 'Farrow');
INSERT INTO vets (first_name, last_name) VALUES ('Femi', 'Garland');

INSERT INTO specialties (name) VALUES ('radiology');
INSERT INTO specialties (name) VALUES ('surgery');
INSERT INTO specialties (name) VALUES ('dentistry');

INSERT INTO vet_specialties (vet_id, specialty_id)
  SELECT v.id, s.id FROM vets v, specialties s WHERE v.last_name = 'Castell' AND s.name = 'radiology';
INSERT INTO vet_specialties (vet_id, specialty_id)
  SELECT v.id, s.id FROM vets v, specialties s WHERE v.last_name = 'Dunmore' AND s.name IN ('surgery', 'dentistry');
INSERT INTO vet_specialties (vet_id, specialty_id)
  SELECT v.id, s.id FROM vets v, specialties s WHERE v.last_name = 'Eriksen' AND s.name = 'surgery';
INSERT INTO vet_specialties (vet_id, specialty_id)
  SELECT v.id, s.id FROM vets v, specialties s WHERE v.last_name = 'Farrow' AND s.name = 'radiology';

INSERT INTO pet_types (name) VALUES ('cat');
INSERT INTO pet_types (name) VALUES ('dog');
INSERT INTO pet_types (name) VALUES ('lizard');
INSERT INTO pet_types (name) VALUES ('snake');
INSERT INTO pet_types (name) VALUES ('bird');
INSERT INTO pet_types (name) VALUES ('hamster');

INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Greta', 'Holm', '1 Mill Lane', 'Arden', '5550101');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Hugo', 'Ibsen', '2 Quay Street', 'Brill', '5550102');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Iris', 'Jansen', '3 Oak Row', 'Arden', '5550103');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Jonas', 'Holm', '4 Elm Court', 'Colby', '5550104');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Kira', 'Lund', '5 Bay Road', 'Brill', '5550105');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Leo', 'Moreau', '6 Hill Drive', 'Dunmow', '5550106');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Mila', 'Novak', '7 Ash Walk', 'Arden', '5550107');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Nils', 'Holmgren', '8 Pine Way', 'Colby', '5550108');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Olga', 'Petrov', '9 Beech Hill', 'Dunmow', '5550109');
INSERT INTO owners (first_name, last_name, address, city, telephone) VALUES ('Pavel', 'Quist', '10 Yew Close', 'Brill', '5550110');

INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Pip', DATE '2019-09-07', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'cat' AND o.first_name = 'Greta';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Rex', DATE '2020-08-06', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'dog' AND o.first_name = 'Hugo';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Sly', DATE '2021-04-17', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'lizard' AND o.first_name = 'Iris';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Tess', DATE '2018-03-07', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'snake' AND o.first_name = 'Jonas';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Ugo', DATE '2020-11-30', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'bird' AND o.first_name = 'Kira';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Vera', DATE '2020-01-20', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'cat' AND o.first_name = 'Leo';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Wim', DATE '2022-09-04', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'dog' AND o.first_name = 'Leo';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Xan', DATE '2021-06-08', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'hamster' AND o.first_name = 'Mila';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Yuki', DATE '2019-11-24', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'dog' AND o.first_name = 'Nils';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Zed', DATE '2020-12-09', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'cat' AND o.first_name = 'Olga';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Ari', DATE '2021-05-01', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'bird' AND o.first_name = 'Olga';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Bo', DATE '2022-02-12', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'dog' AND o.first_name = 'Pavel';
INSERT INTO pets (name, birth_date, type_id, owner_id) SELECT 'Cy', DATE '2019-07-29', t.id, o.id FROM pet_types t, owners o WHERE t.name = 'cat' AND o.first_name = 'Pavel';

INSERT INTO visits (pet_id, visit_date, description) SELECT id, DATE '2024-03-04', 'rabies shot' FROM pets WHERE name = 'Vera';
INSERT INTO visits (pet_id, visit_date, description) SELECT id, DATE '2024-03-04', 'rabies shot' FROM pets WHERE name = 'Wim';
INSERT INTO visits (pet_id, visit_date, description) SELECT id, DATE '2024-06-04', 'neutered' FROM pets WHERE name = 'Wim';
INSERT INTO visits (pet_id, visit_date, description) SELECT id, DATE '2024-09-04', 'spayed' FROM pets WHERE name = 'Vera';
