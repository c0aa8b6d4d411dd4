package org.openbenefits.domain.allocation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * A small directed network with integer capacities, on which flow is pushed along shortest augmenting paths
 * (Edmonds-Karp). Carts and wallets are small, so an adjacency matrix is plenty.
 */
final class FlowNetwork {

    private final long[][] capacity;
    private final long[][] flow;

    FlowNetwork(int nodes) {
        capacity = new long[nodes][nodes];
        flow = new long[nodes][nodes];
    }

    void setCapacity(int from, int to, long value) {
        capacity[from][to] = value;
    }

    long flow(int from, int to) {
        return flow[from][to];
    }

    /**
     * Pushes as much more flow as the residual network allows from source to sink. Flow already leaving the source
     * along an edge never decreases: a simple augmenting path starts at the source and never comes back to it.
     */
    void augment(int source, int sink) {
        int[] parent = new int[capacity.length];
        while (shortestAugmentingPath(source, sink, parent)) {
            long bottleneck = Long.MAX_VALUE;
            for (int v = sink; v != source; v = parent[v]) {
                bottleneck = Math.min(bottleneck, residual(parent[v], v));
            }
            for (int v = sink; v != source; v = parent[v]) {
                int u = parent[v];
                // Cancel opposite flow first so that at most one direction of each pair carries flow.
                long cancelled = Math.min(bottleneck, flow[v][u]);
                flow[v][u] -= cancelled;
                flow[u][v] += bottleneck - cancelled;
            }
        }
    }

    private long residual(int from, int to) {
        return capacity[from][to] - flow[from][to] + flow[to][from];
    }

    private boolean shortestAugmentingPath(int source, int sink, int[] parent) {
        Arrays.fill(parent, -1);
        parent[source] = source;
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(source);
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int v = 0; v < capacity.length; v++) {
                if (parent[v] == -1 && residual(u, v) > 0) {
                    parent[v] = u;
                    if (v == sink) {
                        return true;
                    }
                    queue.add(v);
                }
            }
        }
        return false;
    }
}
