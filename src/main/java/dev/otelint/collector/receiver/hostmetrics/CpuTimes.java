package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One logical CPU's times in seconds, from its cpuN line of proc/stat (USER_HZ ticks, 100 per second on
 * Linux), in the file's column order: user, nice, system, idle, iowait, irq, softirq, steal. Guest time is
 * already inside user and nice, so it is not read (gopsutil and the cpu scraper do the same).
 */
record CpuTimes(String cpu, double[] seconds) {
    private static final double USER_HZ = 100;
    static final int COLUMNS = 8;

    /** Every cpuN line; the "cpu" total line is left out, as the scraper reports per CPU. */
    static List<CpuTimes> read(ProcFiles proc) throws IOException {
        List<CpuTimes> all = new ArrayList<>();
        for (String line : proc.lines("stat")) {
            String[] f = ProcFiles.fields(line);
            if (!f[0].startsWith("cpu") || f[0].equals("cpu")) {
                continue;
            }
            double[] seconds = new double[COLUMNS];
            for (int i = 0; i < COLUMNS && i + 1 < f.length; i++) {
                seconds[i] = Long.parseLong(f[i + 1]) / USER_HZ;
            }
            all.add(new CpuTimes(f[0], seconds));
        }
        return all;
    }

    double total() {
        double sum = 0;
        for (double s : seconds) {
            sum += s;
        }
        return sum;
    }
}
