CREATE TABLE vets (
  id         INT AUTO_INCREMENT PRIMARY KEY,
  first_name VARCHAR(30),
  last_name  VARCHAR(30)
);
CREATE INDEX vets_last_name ON vets (last_name);

CREATE TABLE specialties (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80)
);

CREATE TABLE vet_specialties (
  vet_id       INT NOT NULL REFERENCES vets (id),
  specialty_id INT NOT NULL REFERENCES specialties (id),
  PRIMARY KEY (vet_id, specialty_id)
);

CREATE TABLE pet_types (
  id   INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(80)
);

CREATE TABLE owners (
  id         INT AUTO_INCREMENT PRIMARY KEY,
  first_name VARCHAR(30),
  last_name  VARCHAR(30),
  address    VARCHAR(255),
  city       VARCHAR(80),
  telephone  VARCHAR(20)
);
CREATE INDEX owners_last_name ON owners (last_name);

CREATE TABLE pets (
  id         INT AUTO_INCREMENT PRIMARY KEY,
  name       VARCHAR(30),
  birth_date DATE,
  type_id    INT REFERENCES pet_types (id),
  owner_id   INT REFERENCES owners (id)
);

CREATE TABLE visits (
  id          INT AUTO_INCREMENT PRIMARY KEY,
  pet_id      INT REFERENCES pets (id),
  visit_date  DATE,
  description VARCHAR(255)
);
