-- A small DVD-rental schema for MariaDB/MySQL, written by hand (not by Cairn).
CREATE TABLE film (
  film_id INT NOT NULL PRIMARY KEY,
  title VARCHAR(50) NOT NULL,
  length INT NULL,
  rating VARCHAR(5) NULL,
  rental_rate DECIMAL(4,2) NOT NULL DEFAULT 4.99,
  rental_duration INT NOT NULL DEFAULT 3,
  popularity DOUBLE NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE customer (
  customer_id INT NOT NULL PRIMARY KEY,
  first_name VARCHAR(45) NOT NULL,
  last_name VARCHAR(45) NOT NULL,
  email VARCHAR(50) NULL,
  city VARCHAR(50) NULL,
  create_date DATE NOT NULL,
  referred_by INT NULL,
  CONSTRAINT fk_customer_referred_by FOREIGN KEY (referred_by) REFERENCES customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE rental (
  rental_id INT NOT NULL PRIMARY KEY,
  rental_date DATETIME(6) NOT NULL,
  return_date DATETIME NULL,
  customer_id INT NOT NULL,
  film_id INT NOT NULL,
  amount DECIMAL(5,2) NOT NULL,
  last_update TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  KEY idx_rental_customer (customer_id),
  CONSTRAINT fk_rental_customer FOREIGN KEY (customer_id) REFERENCES customer (customer_id) ON DELETE RESTRICT,
  CONSTRAINT fk_rental_film FOREIGN KEY (film_id) REFERENCES film (film_id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE VIEW customer_spend AS
  SELECT c.customer_id, SUM(r.amount) AS spent FROM customer c JOIN rental r ON r.customer_id = c.customer_id GROUP BY c.customer_id;

INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (1, 'ACADEMY DINOSAUR', 86, 'PG', 0.99, 6, 7.26);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (2, 'ACE GOLDFINGER', 48, 'G', 4.99, 3, 3.54);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (3, 'ADAPTATION HOLES', 50, 'NC-17', 2.99, 7, NULL);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (4, 'AFFAIR PREJUDICE', 117, 'G', 2.99, 5, 5.12);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (5, 'AFRICAN EGG', 130, 'G', 2.99, 6, 8.87);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (6, 'AGENT TRUMAN', 169, 'PG', 2.99, 3, 6.01);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (7, 'AIRPLANE SIERRA', 62, 'PG-13', 4.99, 6, 9.44);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (8, 'AIRPORT POLLOCK', 54, 'R', 4.99, 6, 2.56);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (9, 'ALABAMA DEVIL', 114, 'PG-13', 2.99, 3, 4.07);
INSERT INTO film (film_id, title, length, rating, rental_rate, rental_duration, popularity) VALUES (10, 'ALADDIN CALENDAR', NULL, 'NC-17', 4.99, 6, 1.13);
INSERT INTO customer (customer_id, first_name, last_name, email, city, create_date, referred_by) VALUES (1, 'MARY', 'SMITH', 'mary@example.org', '  Lethbridge ', '2005-01-31', NULL);
INSERT INTO customer (customer_id, first_name, last_name, email, city, create_date, referred_by) VALUES (2, 'PATRICIA', 'JOHNSON', NULL, 'Woodridge  ', '2005-02-14', 1);
INSERT INTO customer (customer_id, first_name, last_name, email, city, create_date, referred_by) VALUES (3, 'LINDA', 'WILLIAMS', 'linda@example.org', ' Aurora', '2006-02-28', 1);
INSERT INTO customer (customer_id, first_name, last_name, email, city, create_date, referred_by) VALUES (4, 'BARBARA', 'JONES', 'barbara@example.org', 'London', '2004-02-29', 2);
INSERT INTO customer (customer_id, first_name, last_name, email, city, create_date, referred_by) VALUES (5, 'ELIZABETH', 'BROWN', '', 'Sasebo', '2005-12-31', NULL);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (1, '2005-01-01 09:15:00', '2005-01-04 10:00:00', 1, 1, 2.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (2, '2005-01-31 18:00:00', '2005-02-02 12:00:00', 2, 2, 4.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (3, '2005-02-28 23:59:59', NULL, 3, 3, 2.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (4, '2005-05-24 22:53:30', '2005-05-26 22:04:30', 1, 4, 2.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (5, '2005-05-24 23:03:39', '2005-05-28 19:40:33', 1, 5, 2.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (6, '2005-05-29 11:11:11', '2005-06-01 09:00:00', 2, 6, 0.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (7, '2005-05-30 00:00:00', '2005-06-08 08:08:08', 4, 7, 5.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (8, '2005-06-15 10:30:45.75', '2005-06-18 10:00:00', 4, 8, 4.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (9, '2005-07-08 07:07:07', '2005-07-10 12:00:00', 5, 9, 2.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (10, '2005-08-01 12:00:00', '2005-08-09 12:00:00', 5, 1, 0.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (11, '2005-08-21 20:20:20', NULL, 3, 2, 4.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (12, '2005-12-31 23:00:00', '2006-01-02 09:30:00', 2, 3, 3.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (13, '2006-01-02 08:00:00', '2006-01-05 08:00:00', 1, 7, 4.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (14, '2006-02-14 15:16:17', NULL, 4, 10, 4.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (15, '2005-11-11 11:11:11', '2005-11-12 11:11:11', 5, 5, 1.99);
INSERT INTO rental (rental_id, rental_date, return_date, customer_id, film_id, amount) VALUES (16, '2005-10-03 03:03:03', '2005-10-10 10:10:10', 3, 6, 2.99);
