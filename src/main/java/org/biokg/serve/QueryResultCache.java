package org.biokg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.jena.dboe.transaction.txn.Transaction;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.dboe.transaction.txn.TransactionListener;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers a SPARQL query that was asked before, against the same data, with the bytes Fuseki sent then.
 * <p>
 * The console and the views ask the same few queries over and over, and the store changes only when someone
 * writes to it. The cache listens to the TDB2 transaction coordinator: any write transaction that commits
 * (SPARQL Update, Graph Store writes, or code in this JVM) empties it, so no answer outlives the data it was
 * computed from. Only successful query answers are kept, up to {@link #MAX_ENTRY_BYTES} each and
 * {@link #MAX_TOTAL_BYTES} in all (a Caffeine cache bounded by weight); not an answer that took nearly the query timeout
 * (Fuseki may have cut it short) or whose client left before the end. A request with {@code Cache-Control:
 * no-cache} is evaluated afresh (and its answer stored), as HTTP intends.
 */
public final class QueryResultCache implements Filter {
    static final int MAX_ENTRY_BYTES = 4 * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    /** A query text longer than this is not worth a key (and is read by Fuseki as usual). */
    private static final int MAX_QUERY_BYTES = 64 * 1024;
    /** Header that says whether the answer came from the cache ("hit") or was evaluated ("miss"). */
    public static final String STATUS_HEADER = "X-Biokg-Cache";

    private final Set<String> queryPaths;
    private final long cutShortNanos;
    private final TransactionCoordinator coordinator;
    private final TransactionListener listener;
    private final AtomicLong generation = new AtomicLong();
    /** Bounded by the bytes of the answers; Caffeine evicts what is least likely to be asked again. */
    private final Cache<String, Answer> answers = Caffeine.newBuilder()
            .maximumWeight(MAX_TOTAL_BYTES)
            .weigher((String key, Answer a) -> a.body.length)
            .executor(Runnable::run) // evict on the caller's thread: no background work in a servlet filter
            .build();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    private record Answer(long generation, String contentType, byte[] body) {
    }

    /**
     * A cache for the query endpoints at {@code queryPaths} (request paths such as {@code /biokg/sparql}), emptied
     * by every write transaction {@code coordinator} commits.
     */
    public QueryResultCache(Set<String> queryPaths, TransactionCoordinator coordinator, java.time.Duration queryTimeout) {
        this.queryPaths = Set.copyOf(queryPaths);
        // Fuseki ends an answer the timeout cut short with a note and status 200 once it has begun to send it:
        // an answer that took nearly the timeout may be such a one, and is not kept
        this.cutShortNanos = queryTimeout.toNanos() * 9 / 10;
        this.coordinator = coordinator;
        this.listener = new TransactionListener() {
            // before the new data is visible and once it is: a query read between the two is not kept
            @Override
            public void notifyCommitStart(Transaction txn) {
                if (txn.isWriteTxn())
                    invalidate();
            }

            @Override
            public void notifyCommitFinish(Transaction txn) {
                if (txn.isWriteTxn())
                    invalidate();
            }
        };
        // the coordinator of an open database takes new listeners only while no transaction runs
        coordinator.modifyConfig(() -> coordinator.addListener(listener));
    }

    /** Stops listening to the store (the server is stopping) and forgets every answer. */
    public void detach() {
        coordinator.modifyConfig(() -> coordinator.removeListener(listener));
        invalidate();
    }

    /** Forgets every answer. */
    public synchronized void invalidate() {
        generation.incrementAndGet();
        answers.invalidateAll();
    }

    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest http) || !(res instanceof HttpServletResponse response)
                || !queryPaths.contains(http.getRequestURI())) {
            chain.doFilter(req, res);
            return;
        }
        Keyed keyed = key(http);
        if (keyed == null || keyed.key == null) {
            chain.doFilter(keyed == null ? req : keyed.request, res);
            return;
        }
        long gen = generation.get(); // read before the query's transaction begins
        String cacheControl = http.getHeader("Cache-Control");
        boolean fresh = cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-cache");
        Answer cached = fresh ? null : lookup(keyed.key, gen);
        if (cached != null) {
            hits.incrementAndGet();
            response.setStatus(HttpServletResponse.SC_OK);
            if (cached.contentType != null)
                response.setContentType(cached.contentType);
            response.setHeader("Vary", "Accept");
            response.setHeader(STATUS_HEADER, "hit");
            response.setContentLength(cached.body.length);
            response.getOutputStream().write(cached.body);
            return;
        }
        misses.incrementAndGet();
        response.setHeader(STATUS_HEADER, "miss");
        CapturingResponse capture = new CapturingResponse(response, MAX_ENTRY_BYTES);
        long t0 = System.nanoTime();
        chain.doFilter(keyed.request, capture);
        long took = System.nanoTime() - t0;
        capture.flushBuffer();
        byte[] body = capture.captured();
        if (capture.status == HttpServletResponse.SC_OK && body != null && took < cutShortNanos)
            store(keyed.key, new Answer(gen, capture.getContentType(), body));
    }

    private Answer lookup(String key, long gen) {
        Answer a = answers.getIfPresent(key);
        return a != null && a.generation == gen ? a : null;
    }

    // synchronized with invalidate(): an answer computed before a write never lands after the write emptied the cache
    private synchronized void store(String key, Answer a) {
        if (a.generation != generation.get())
            return; // the data changed while the query ran
        answers.put(key, a);
    }

    /**
     * The cache key of a query request (null: not cached) and the request to pass on; the record itself is null for
     * requests that are no queries.
     */
    private record Keyed(String key, HttpServletRequest request) {
    }

    private static Keyed key(HttpServletRequest req) throws IOException {
        String accept = String.join(", ", java.util.Collections.list(req.getHeaders("Accept")));
        String path = req.getRequestURI();
        String contentType = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        if ("GET".equals(req.getMethod()) || "POST".equals(req.getMethod()) && contentType.startsWith("application/x-www-form-urlencoded")) {
            // the parameters, whatever their order, name the request (query, default-graph-uri, output, ...)
            Map<String, String[]> params = req.getParameterMap();
            if (!params.containsKey("query"))
                return null;
            StringBuilder k = new StringBuilder(path).append('\n').append(accept);
            for (var e : new TreeMap<>(params).entrySet())
                k.append('\n').append(e.getKey()).append('=').append(Arrays.toString(e.getValue()));
            return new Keyed(k.toString(), req);
        }
        if ("POST".equals(req.getMethod()) && contentType.startsWith("application/sparql-query")) {
            int length = req.getContentLength();
            if (length > MAX_QUERY_BYTES)
                return null;
            byte[] body = req.getInputStream().readNBytes(MAX_QUERY_BYTES + 1);
            HttpServletRequest replay = new ReplayedBody(req, body);
            if (body.length > MAX_QUERY_BYTES)
                return new Keyed(null, replay);
            String k = path + '\n' + accept + '\n' + contentType + '\n' + req.getQueryString() + '\n'
                    + new String(body, StandardCharsets.UTF_8);
            return new Keyed(k, replay);
        }
        return null;
    }

    /** A request whose body was read by the filter, given again to Fuseki. */
    private static final class ReplayedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReplayedBody(HttpServletRequest req, byte[] body) {
            super(req);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking reads only");
                }
            };
        }
    }
}
