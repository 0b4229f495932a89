namespace LinkJ.Partnerships.Web.Domain;

/// <summary>The two roles. Admin includes everything Staff may do.</summary>
public static class Roles
{
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Staff, Admin];
}
