package org.biokg.link;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a {@link WikiDict}'s bytes come from: opens them and tells their (compressed) size, -1 when unknown. */
interface DictSource {
    InputStream open() throws IOException;

    long size();

    /** A classpath resource (CoreNLP's dictionary inside its models jar). */
    static DictSource of(URL url) {
        return new DictSource() {
            @Override
            public InputStream open() throws IOException {
                return url.openStream();
            }

            @Override
            public long size() {
                try {
                    URLConnection c = url.openConnection();
                    c.setUseCaches(false);
                    return c.getContentLengthLong();
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }

    /** A file of the user's. */
    static DictSource of(Path file) {
        return new DictSource() {
            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }

            @Override
            public long size() {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return -1;
                }
            }
        };
    }
}
