-- One schema per service, each with its own account (DESIGN.md section 2).
CREATE DATABASE IF NOT EXISTS platform CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE DATABASE IF NOT EXISTS delivery CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'platform'@'%' IDENTIFIED BY 'platform-secret';
CREATE USER IF NOT EXISTS 'delivery'@'%' IDENTIFIED BY 'delivery-secret';
GRANT ALL PRIVILEGES ON platform.* TO 'platform'@'%';
GRANT ALL PRIVILEGES ON delivery.* TO 'delivery'@'%';
