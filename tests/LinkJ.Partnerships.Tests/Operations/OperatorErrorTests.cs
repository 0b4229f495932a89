using LinkJ.Partnerships.Tests.Support;

namespace LinkJ.Partnerships.Tests.Operations;

/// <summary>A mistake in how the app is started gets one sentence the operator can act on, not a crash.</summary>
public sealed class OperatorErrorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("linkj-operator-").FullName;

    [Fact]
    public async Task A_misspelt_command_names_the_known_commands_and_does_not_start_the_site()
    {
        var database = TestDatabase.NewDatabase("operator");
        var (exitCode, output) = await AppProcess.RunCommandAsync(database, "import-relase", "x");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Unknown command \"import-relase\": the commands are seed, users, generate, backup, restore", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(TestDatabase.Exists(database), "the site started and created its database");
    }

#if !POSTGRESQL
    // A folder for the database is a SQLite file's concern.

    [Fact]
    public async Task A_database_in_a_folder_that_cannot_be_created_is_named_in_one_sentence()
    {
        // A file where a folder should be: no user, root included, can create a folder under it.
        var blocker = Path.Combine(_folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "");
        var database = Path.Combine(blocker, "x", "registry.db");

        var (exitCode, output) = await AppProcess.RunCommandAsync(database);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"The database {database} cannot be used because its folder {Path.GetDirectoryName(database)} cannot be created", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }
#endif

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
