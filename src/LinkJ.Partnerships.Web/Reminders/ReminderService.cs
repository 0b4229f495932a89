using Microsoft.Extensions.Options;

namespace LinkJ.Partnerships.Web.Reminders;

/// <summary>Runs the reminder schedule every <see cref="ReminderOptions.Interval"/>, starting once the app serves.</summary>
public sealed class ReminderService(ReminderRun run, IOptions<ReminderOptions> options, IHostApplicationLifetime lifetime, ILogger<ReminderService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The first run's queries must not delay start-up or the first requests.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        await using (stoppingToken.Register(() => started.TrySetCanceled(stoppingToken)))
        {
            await started.Task;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        do
        {
            try
            {
                await run.RunScheduledAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "The reminder run failed; the next one tries again");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
