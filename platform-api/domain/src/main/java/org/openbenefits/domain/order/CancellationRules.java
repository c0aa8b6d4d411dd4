package org.openbenefits.domain.order;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Whether a cancellation request may go ahead: it names lines, each once, each of the order, each still cancellable.
 * Every line at fault is named at once, as the field {@code lines[i]} of the request.
 */
final class CancellationRules {

    private CancellationRules() {
    }

    static Optional<Cancellation.Refused> check(Order order, List<LineId> named) {
        if (named.isEmpty()) {
            return Optional.of(new Cancellation.Refused(Refusal.onField("lines", FieldCode.REQUIRED), List.of()));
        }
        Faults malformed = new Faults();
        Set<LineId> seen = new HashSet<>();
        for (int i = 0; i < named.size(); i++) {
            LineId id = named.get(i);
            if (!seen.add(id)) {
                malformed.add(i, id, OrderRefusal.LINE_NAMED_TWICE);
            } else if (order.line(id).isEmpty()) {
                malformed.add(i, id, OrderRefusal.LINE_UNKNOWN);
            }
        }
        if (!malformed.lines.isEmpty()) {
            return Optional.of(new Cancellation.Refused(Refusal.invalid(malformed.fields), malformed.lines));
        }
        Faults blocked = new Faults();
        for (int i = 0; i < named.size(); i++) {
            LineId id = named.get(i);
            int index = i;
            order.line(id).orElseThrow().state().whyNotCancellable().ifPresent(code -> blocked.add(index, id, code));
        }
        if (blocked.lines.isEmpty()) {
            return Optional.empty();
        }
        Refusal refusal = Refusal.of(OrderRefusal.LINES_NOT_CANCELLABLE,
                "lines", String.join(", ", blocked.lines.stream().map(LineId::value).toList()));
        for (FieldRefusal field : blocked.fields) {
            refusal = refusal.withField(field);
        }
        return Optional.of(new Cancellation.Refused(refusal, blocked.lines));
    }

    private static final class Faults {

        private final List<LineId> lines = new ArrayList<>();
        private final List<FieldRefusal> fields = new ArrayList<>();

        void add(int index, LineId line, OrderRefusal code) {
            lines.add(line);
            fields.add(FieldRefusal.of("lines[" + index + "]", code, "line", line.value()));
        }
    }
}
