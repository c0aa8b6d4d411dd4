package org.openbenefits.domain.order;

import java.util.List;

import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * The refusals of orders: cancelling lines that can no longer be cancelled, naming lines the order does not have, and
 * moving a line's fulfilment state in a way the rules do not allow. {@code line} and {@code lines} are line ids
 * (comma-separated for several, in the order the request named them); states are {@link LineState} names.
 */
public enum OrderRefusal implements RefusalCode {

    /**
     * Some lines named cannot be cancelled: nothing was cancelled. Each line at fault is a field {@code lines[i]} with
     * {@link #LINE_SENT}, {@link #LINE_SHIPPED}, {@link #LINE_DELIVERED} or {@link #LINE_CANCELLED}.
     */
    LINES_NOT_CANCELLABLE("order.lines-not-cancellable", RefusalKind.CONFLICT, "lines"),
    /** No line of that id in the order. */
    LINE_NOT_FOUND("order.line-not-found", RefusalKind.NOT_FOUND, "line"),
    /** The line cannot move from its state to the one asked for (for its kind of delivery). */
    LINE_TRANSITION_NOT_ALLOWED("order.line-transition-not-allowed", RefusalKind.CONFLICT, "line", "from", "to"),

    /** A line named for cancellation: its e-ticket or e-gift card was e-mailed already (no right of withdrawal). */
    LINE_SENT("order.line-sent", RefusalKind.FIELD, "line"),
    /** A line named for cancellation: its parcel was handed to the carrier. */
    LINE_SHIPPED("order.line-shipped", RefusalKind.FIELD, "line"),
    /** A line named for cancellation: its parcel was delivered. */
    LINE_DELIVERED("order.line-delivered", RefusalKind.FIELD, "line"),
    /** A line named for cancellation: it was cancelled (and refunded) already. */
    LINE_CANCELLED("order.line-cancelled", RefusalKind.FIELD, "line"),
    /** A line named for cancellation that the order does not have. */
    LINE_UNKNOWN("order.line-unknown", RefusalKind.FIELD, "line"),
    /** A line named twice in one cancellation. */
    LINE_NAMED_TWICE("order.line-named-twice", RefusalKind.FIELD, "line");

    private final String code;
    private final RefusalKind kind;
    private final List<String> parameters;

    OrderRefusal(String code, RefusalKind kind, String... parameters) {
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
