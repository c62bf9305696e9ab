-- A small DVD-rental schema for PostgreSQL, written by hand (not by Cairn).
CREATE TABLE film (
  film_id integer PRIMARY KEY,
  title varchar(50) NOT NULL,
  length integer,
  rating varchar(5),
  rental_rate numeric(4,2) NOT NULL DEFAULT 4.99,
  rental_duration integer NOT NULL DEFAULT 3,
  popularity double precision,
  last_update timestamp NOT NULL DEFAULT now()
);
CREATE TABLE customer (
  customer_id integer PRIMARY KEY,
  first_name varchar(45) NOT NULL,
  last_name varchar(45) NOT NULL,
  email varchar(50),
  city varchar(50),
  create_date date NOT NULL DEFAULT CURRENT_DATE,
  referred_by integer REFERENCES customer (customer_id)
);
CREATE TABLE rental (
  rental_id integer PRIMARY KEY,
  rental_date timestamp NOT NULL,
  return_date timestamp,
  customer_id integer NOT NULL REFERENCES customer (customer_id) ON DELETE RESTRICT,
  film_id integer NOT NULL REFERENCES film (film_id) ON DELETE RESTRICT,
  amount numeric(5,2) NOT NULL,
  last_update timestamp NOT NULL DEFAULT now()
);
CREATE INDEX idx_rental_customer ON rental (customer_id);
CREATE VIEW customer_spend AS
  SELECT c.customer_id, sum(r.amount) AS spent FROM customer c JOIN rental r ON r.customer_id = c.customer_id GROUP BY c.customer_id;

