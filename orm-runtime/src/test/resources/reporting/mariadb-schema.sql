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

