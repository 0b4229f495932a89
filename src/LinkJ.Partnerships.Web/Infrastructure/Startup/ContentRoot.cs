namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

/// <summary>
/// Where the app's files are (wwwroot, and App_Data for the default database). ASP.NET Core takes the working
/// directory, so a published app started from another folder answered its CSS and scripts with empty 200s. The app's
/// own folder is taken instead when the working directory has no wwwroot and the app's folder has one; `dotnet run`
/// (the project folder) and the tests keep the default.
/// </summary>
public static class ContentRoot
{
    public static string? Override(string workingDirectory, string appDirectory) =>
        !Directory.Exists(Path.Combine(workingDirectory, "wwwroot")) && Directory.Exists(Path.Combine(appDirectory, "wwwroot"))
            ? appDirectory
            : null;
}
