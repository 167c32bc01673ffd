using System.Globalization;

namespace Sitrep.Core.Times;

/// <summary>Formatting of TIMEX3 values.</summary>
internal static class TimexValues
{
    /// <summary>A duration of <paramref name="count"/> units ("3", "X", "1.5"): P3D, PT4H, PXY, P20Y for two decades.</summary>
    public static string Duration(string count, TimeUnit unit)
    {
        bool numeric = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int n);
        return unit switch
        {
            TimeUnit.Second => "PT" + count + "S",
            TimeUnit.Minute => "PT" + count + "M",
            TimeUnit.Hour => "PT" + count + "H",
            TimeUnit.Day => "P" + count + "D",
            TimeUnit.Weekend => "P" + count + "WE",
            TimeUnit.Week => "P" + count + "W",
            TimeUnit.Month => "P" + count + "M",
            TimeUnit.Quarter => "P" + count + "Q",
            TimeUnit.Half => numeric ? "P" + (6 * n).ToString(CultureInfo.InvariantCulture) + "M" : "PXM",
            TimeUnit.Season => "P" + count + "S",
            TimeUnit.Year => "P" + count + "Y",
            TimeUnit.Decade => numeric ? "P" + (10 * n).ToString(CultureInfo.InvariantCulture) + "Y" : "PXDE",
            TimeUnit.Century => numeric ? "P" + (100 * n).ToString(CultureInfo.InvariantCulture) + "Y" : "PXCE",
            _ => "PX",
        };
    }

    public static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Year(int y) => y.ToString("0000", CultureInfo.InvariantCulture);

    public static string Month(int y, int m) => Year(y) + "-" + m.ToString("00", CultureInfo.InvariantCulture);

    public static string Week(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return Year(ISOWeek.GetYear(dt)) + "-W" + ISOWeek.GetWeekOfYear(dt).ToString("00", CultureInfo.InvariantCulture);
    }

    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;
}
