INSERT INTO customers (id) VALUES (1);
