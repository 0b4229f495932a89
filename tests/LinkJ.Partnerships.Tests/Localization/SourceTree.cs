namespace LinkJ.Partnerships.Tests.Localization;

/// <summary>Files of the web project's source, found from the test binaries by walking up to the solution.</summary>
internal static class SourceTree
{
    public static string WebProject { get; } = Find();

    public static string PathOf(string relative) => Path.Combine(WebProject, relative);

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory.FullName, "LinkJ.Partnerships.sln")))
        {
            directory = directory.Parent ?? throw new InvalidOperationException("LinkJ.Partnerships.sln not found above " + AppContext.BaseDirectory);
        }

        return Path.Combine(directory.FullName, "src", "LinkJ.Partnerships.Web");
    }
}
