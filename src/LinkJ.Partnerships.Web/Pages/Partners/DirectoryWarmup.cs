namespace LinkJ.Partnerships.Web.Pages.Partners;

/// <summary>
/// Reads the directory's snapshot while the server is still starting, so the first visitor after a start does not wait
/// for it: on a large registry that read is most of the time from start to the first page.
/// If it fails, it is only logged, and the first request reads the snapshot itself.
/// </summary>
public static class DirectoryWarmup
{
    public static void WarmDirectory(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Directory:WarmOnStart", true))
        {
            return;
        }

        var model = app.Services.GetRequiredService<DirectoryReadModel>();
        var logger = app.Services.GetRequiredService<ILogger<DirectoryReadModel>>();
        var stopping = app.Lifetime.ApplicationStopping;
        _ = Task.Run(async () =>
        {
            try
            {
                await model.CurrentAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "The directory could not be read at start; the first request will read it");
            }
        });
    }
}
