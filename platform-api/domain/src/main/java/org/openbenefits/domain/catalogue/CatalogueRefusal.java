package org.openbenefits.domain.catalogue;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of the catalogue that platform admins run: an offer's form, its stock and the e-ticket codes uploaded
 * for it, and the advantage codes they create (what an employee's code does in a cart is {@code PricingRefusal}). Fields break the {@link RefusalKind#FIELD} codes below, or a general one ({@code field.required},
 * {@code field.out-of-range}...), inside {@code request.invalid}. A refused code is named by its line in the file,
 * never by its value: codes are bearer secrets. An offer that does not exist, or that the employee's employer may not
 * see, is {@code resource.not-found}.
 */
public enum CatalogueRefusal implements RefusalCode {

    /** The offer's stock is e-ticket codes: its count is theirs and cannot be set. */
    STOCK_IS_CODES("offer.stock-is-codes", RefusalKind.CONFLICT),
    /** An advantage code of that name exists already (disabled ones included): choose another. */
    ADVANTAGE_CODE_TAKEN("advantage-code.taken", RefusalKind.CONFLICT, "code"),

    /** An employee price above the public price ({@code publicPrice}). */
    EMPLOYEE_PRICE_ABOVE_PUBLIC("offer.employee-price-above-public", RefusalKind.FIELD, "publicPrice"),
    /** {@code count} employers of the restriction do not exist. */
    EMPLOYERS_UNKNOWN("offer.employers-unknown", RefusalKind.FIELD, "count"),
    /** An advantage code is 3 to 20 letters A-Z and digits (spaces around it and lower case are accepted). */
    ADVANTAGE_CODE_FORMAT("advantage-code.invalid-format", RefusalKind.FIELD, "min", "max"),
    /** An advantage code's last valid day before its first. */
    ADVANTAGE_CODE_ENDS_BEFORE_START("advantage-code.ends-before-start", RefusalKind.FIELD),
    /** The file is not a PNG or JPEG picture, or one wider or taller than {@code max} pixels. */
    IMAGE_UNREADABLE("offer.image-unreadable", RefusalKind.FIELD, "max"),
    /** A code of the file at {@code line} is already at {@code firstLine} of the same file. */
    CODE_DUPLICATE_IN_FILE("stock.code-duplicate-in-file", RefusalKind.FIELD, "line", "firstLine"),
    /** The code at {@code line} is already stored for this offer. */
    CODE_ALREADY_STORED("stock.code-already-stored", RefusalKind.FIELD, "line"),
    /** The code at {@code line} is longer than {@code max} characters. */
    CODE_TOO_LONG("stock.code-too-long", RefusalKind.FIELD, "line", "max"),
    /** The code at {@code line} holds a character a code cannot hold (a control character, a space inside). */
    CODE_INVALID("stock.code-invalid", RefusalKind.FIELD, "line"),
    /** The file holds no code. */
    CODES_EMPTY("stock.codes-empty", RefusalKind.FIELD),
    /** The file is not UTF-8 text. */
    CODES_NOT_UTF8("stock.codes-not-utf8", RefusalKind.FIELD),
    /** The file holds more than {@code max} codes: send several. */
    CODES_TOO_MANY("stock.codes-too-many", RefusalKind.FIELD, "max");

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    CatalogueRefusal(String code, RefusalKind kind, String... parameters) {
        this.code = code;
        this.kind = kind;
        this.parameters = List.of(parameters);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public RefusalKind kind() {
        return kind;
    }

    @Override
    public List<String> parameters() {
        return parameters;
    }
}
