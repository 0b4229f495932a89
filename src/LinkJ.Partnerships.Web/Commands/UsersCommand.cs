using LinkJ.Partnerships.Web.Data;
using LinkJ.Partnerships.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace LinkJ.Partnerships.Web.Commands;

/// <summary>
/// <c>users add --email E --role Admin|Staff</c>. The password comes from the LINKJ_PASSWORD environment
/// variable or the first line of standard input, never from the command line, where other users could see it.
/// </summary>
public static class UsersCommand
{
    public const string PasswordVariable = "LINKJ_PASSWORD";

    public static async Task<int> RunAsync(CommandLine command, IServiceProvider services)
    {
        var email = command.Option("--email");
        var role = command.Option("--role");
        if (command.Positional(0) != "add" || string.IsNullOrWhiteSpace(email) || !Roles.All.Contains(role ?? string.Empty))
        {
            Console.Error.WriteLine("Usage: users add --email E --role Admin|Staff   (password from $LINKJ_PASSWORD or standard input)");
            return 2;
        }

        if (command.Arguments.Contains("--password"))
        {
            Console.Error.WriteLine("Passwords are not taken on the command line. Set LINKJ_PASSWORD or pipe it to standard input.");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? ReadPassword();
        if (string.IsNullOrEmpty(password))
        {
            Console.Error.WriteLine("No password given. Set LINKJ_PASSWORD or pipe it to standard input.");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        using var actor = AuditActor.As("cli");
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            Console.Error.WriteLine(string.Join(Environment.NewLine, created.Errors.Select(e => e.Description)));
            return 1;
        }

        await users.AddToRoleAsync(user, role!);
        Console.WriteLine($"Created {role} account {email}.");
        return 0;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.In.ReadLine();
        }

        Console.Write("Password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
