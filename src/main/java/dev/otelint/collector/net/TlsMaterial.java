package dev.otelint.collector.net;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Collection;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** Key and trust managers from the PEM files of a TLS config, for both the JDK HTTP stack and gRPC. */
public final class TlsMaterial {
    private static final char[] NO_PASSWORD = new char[0];

    private TlsMaterial() {}

    /** The certificate chain in {@code certFile} with the PKCS#8 key in {@code keyFile}. */
    public static KeyManager[] keyManagers(String certFile, String keyFile) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            Certificate[] chain = certificates(certFile).toArray(Certificate[]::new);
            store.setKeyEntry("key", privateKey(keyFile), NO_PASSWORD, chain);
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, NO_PASSWORD);
            return kmf.getKeyManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("failed to load TLS cert and key " + certFile + ", " + keyFile + ": "
                    + e.getMessage(), e);
        }
    }

    /** Trusts the CAs in {@code caFile}; an empty name trusts the JDK's default CAs. */
    public static TrustManager[] trustManagers(String caFile) {
        try {
            KeyStore store = null;
            if (!caFile.isEmpty()) {
                store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                int i = 0;
                for (X509Certificate ca : certificates(caFile)) {
                    store.setCertificateEntry("ca" + i++, ca);
                }
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            return tmf.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("failed to load CA " + caFile + ": " + e.getMessage(), e);
        }
    }

    /** Trusts any server: the client's insecure_skip_verify. */
    public static TrustManager[] trustAll() {
        return new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }};
    }

    public static SSLContext context(KeyManager[] keys, TrustManager[] trust) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, trust, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available: " + e.getMessage(), e);
        }
    }

    /** Sets an HTTPS client's TLS from a client config: its certificate, the CAs it trusts, the TLS versions. */
    public static void configure(java.net.http.HttpClient.Builder builder, TlsClientConfig tls) {
        SSLContext ssl = context(tls.certFile.isEmpty() ? null : keyManagers(tls.certFile, tls.keyFile),
                tls.insecureSkipVerify ? trustAll() : trustManagers(tls.caFile));
        javax.net.ssl.SSLParameters parameters = ssl.getDefaultSSLParameters();
        parameters.setProtocols(protocols(tls.minVersion, tls.maxVersion));
        builder.sslContext(ssl).sslParameters(parameters);
    }

    /** The JSSE protocol names of a config's min_version..max_version. */
    public static String[] protocols(String minVersion, String maxVersion) {
        return TlsVersions.protocols(minVersion, maxVersion);
    }

    @SuppressWarnings("unchecked")
    private static Collection<X509Certificate> certificates(String file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            Collection<X509Certificate> certs = (Collection<X509Certificate>) CertificateFactory.getInstance("X.509")
                    .generateCertificates(in);
            if (certs.isEmpty()) {
                throw new GeneralSecurityException(file + " holds no PEM certificate");
            }
            return certs;
        }
    }

    private static PrivateKey privateKey(String file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(Path.of(file), StandardCharsets.US_ASCII);
        String begin = "-----BEGIN PRIVATE KEY-----";
        int start = pem.indexOf(begin);
        int end = pem.indexOf("-----END PRIVATE KEY-----");
        if (start < 0 || end < start) {
            // PKCS#1 ("RSA PRIVATE KEY") and SEC1 ("EC PRIVATE KEY") need a converter the JDK lacks
            throw new GeneralSecurityException(file + ": expected a PKCS#8 key (-----BEGIN PRIVATE KEY-----); convert "
                    + "with: openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(start + begin.length(), end));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : new String[] {"RSA", "EC", "Ed25519"}) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (GeneralSecurityException e) {
                // try the next algorithm
            }
        }
        throw new GeneralSecurityException(file + ": not an RSA, EC or Ed25519 PKCS#8 key");
    }
}
