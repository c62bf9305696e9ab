-- A small DVD-rental schema for H2, written by hand (not by Cairn).
CREATE TABLE film (
  film_id INTEGER PRIMARY KEY,
  title VARCHAR(50) NOT NULL,
  length INTEGER,
  rating VARCHAR(5),
  rental_rate NUMERIC(4,2) DEFAULT 4.99 NOT NULL,
  rental_duration INTEGER DEFAULT 3 NOT NULL,
  popularity DOUBLE PRECISION,
  last_update TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE TABLE customer (
  customer_id INTEGER PRIMARY KEY,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  email VARCHAR(50),
  city VARCHAR(50),
  create_date DATE NOT NULL,
  referred_by INTEGER REFERENCES customer (customer_id)
);
CREATE TABLE rental (
  rental_id INTEGER PRIMARY KEY,
  rental_date TIMESTAMP NOT NULL,
  return_date TIMESTAMP,
  customer_id INTEGER NOT NULL REFERENCES customer (customer_id),
  film_id INTEGER NOT NULL REFERENCES film (film_id),
  amount NUMERIC(5,2) NOT NULL,
  last_update TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX idx_rental_customer ON rental (customer_id);
CREATE VIEW customer_spend AS
  SELECT c.customer_id, SUM(r.amount) AS spent FROM customer c JOIN rental r ON r.customer_id = c.customer_id GROUP BY c.customer_id;

