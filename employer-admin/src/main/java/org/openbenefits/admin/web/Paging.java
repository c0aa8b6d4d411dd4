package org.openbenefits.admin.web;

import java.util.function.IntFunction;

import io.micronaut.core.annotation.Nullable;

/**
 * The "previous / page 2 of 5 / next" bar under a paged list ({@code web/paging :: paging}); pages count from 1
 * in addresses and texts, from 0 at platform-api.
 *
 * @param page     the page shown, from 1
 * @param pages    how many pages there are (at least 1)
 * @param total    how many items there are in all
 * @param previous the previous page's address, null on the first
 * @param next     the next page's address, null on the last
 */
public record Paging(int page, int pages, long total, @Nullable String previous, @Nullable String next) {

    /**
     * @param apiPage the page platform-api answered, from 0
     * @param size    items per page
     * @param total   items in all
     * @param href    the address of a page, given its number from 1
     */
    public static Paging of(int apiPage, int size, long total, IntFunction<String> href) {
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = apiPage + 1;
        return new Paging(page, pages, total,
                page > 1 ? href.apply(Math.min(page - 1, pages)) : null,
                page < pages ? href.apply(page + 1) : null);
    }

    /** The page to ask platform-api for (from 0), from the {@code page} query parameter (from 1, maybe absent). */
    public static int apiPage(@Nullable Integer page) {
        return page == null || page < 1 ? 0 : page - 1;
    }

    public boolean isNeeded() {
        return pages > 1;
    }
}
