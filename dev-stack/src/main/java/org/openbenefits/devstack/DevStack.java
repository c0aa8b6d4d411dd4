package org.openbenefits.devstack;

/** Runs the whole platform on one machine. */
public final class DevStack {
    public static void main(String[] args) {
    }
}
