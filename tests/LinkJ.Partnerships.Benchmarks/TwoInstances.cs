namespace LinkJ.Partnerships.Benchmarks;

/// <summary>
/// The directory's cache-miss path on two app processes sharing one PostgreSQL database: the first instance alone,
/// then wrk on both ports at once, in the same run.
/// </summary>
public static class TwoInstances
{
    public sealed record Figures(Wrk.Result Alone, Wrk.Result First, Wrk.Result Second, TimeSpan SecondTimeToFirst200)
    {
        public double SumRequestsPerSecond => First.RequestsPerSecond + Second.RequestsPerSecond;
    }

    public static async Task<Figures> MeasureAsync(Wrk wrk, Workspace workspace, IBenchmarkDatabase database, AppProcess first, int secondPort)
    {
        await using var second = await AppProcess.StartAsync(workspace, database, outputCache: false, secondPort);
        Console.WriteLine($"Second instance up in {second.TimeToFirst200.TotalMilliseconds:0} ms; the directory on one, then on both ...");
        var firstUrl = new Uri(first.BaseAddress, "/partners");
        var secondUrl = new Uri(second.BaseAddress, "/partners");
        await wrk.WarmUpAsync(secondUrl, null);

        var alone = await wrk.RunAsync(firstUrl, null);
        var both = await Task.WhenAll(wrk.RunAsync(firstUrl, null), wrk.RunAsync(secondUrl, null));
        return new Figures(alone, both[0], both[1], second.TimeToFirst200);
    }
}
