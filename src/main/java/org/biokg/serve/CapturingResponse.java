package org.biokg.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;

/** Passes a response through and keeps a copy of its body while it stays under a size ({@link QueryResultCache}). */
final class CapturingResponse extends HttpServletResponseWrapper {
    private final int maxBytes;
    private ByteArrayOutputStream copy = new ByteArrayOutputStream();
    int status = SC_OK;
    private ServletOutputStream out;
    private boolean usedWriter;

    CapturingResponse(HttpServletResponse response, int maxBytes) {
        super(response);
        this.maxBytes = maxBytes;
    }

    byte[] captured() {
        return usedWriter || copy == null ? null : copy.toByteArray();
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        usedWriter = true; // error pages and the like: not kept
        return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (out != null)
            return out;
        ServletOutputStream real = super.getOutputStream();
        out = new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    real.write(b, off, len);
                } catch (IOException | RuntimeException e) {
                    copy = null; // the client left: what was sent is not the whole answer
                    throw e;
                }
                keep(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                real.flush();
            }

            @Override
            public void close() throws IOException {
                real.close();
            }

            @Override
            public boolean isReady() {
                return real.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                real.setWriteListener(listener);
            }
        };
        return out;
    }

    private void keep(byte[] b, int off, int len) {
        if (copy == null)
            return;
        if (copy.size() + len > maxBytes) {
            copy = null; // too big to keep: passed through only
            return;
        }
        copy.write(b, off, len);
    }
}
