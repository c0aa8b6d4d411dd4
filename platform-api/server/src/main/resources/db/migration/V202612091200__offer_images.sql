-- An offer's picture, resized on upload (at most 800 x 800 pixels, JPEG) and served to employees from the database
-- with HTTP caching; one per offer, replaced by the next upload.
CREATE TABLE offer_image (
    offer_id      BIGINT       NOT NULL,
    content_type  VARCHAR(32)  NOT NULL,
    bytes         MEDIUMBLOB   NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    updated_at    TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (offer_id),
    CONSTRAINT fk_offer_image_offer FOREIGN KEY (offer_id) REFERENCES offer (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
