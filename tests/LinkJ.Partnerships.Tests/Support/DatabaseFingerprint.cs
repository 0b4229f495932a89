using System.Security.Cryptography;
using System.Text;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// A hash of every row of every table, to prove that a request changed nothing. The data-protection key
/// table is left out: the app adds a key the first time it needs one, which is not a change anyone made.
/// </summary>
public static class DatabaseFingerprint
{
    public static string Take(string database)
    {
        using var connection = TestDatabase.OpenReadOnly(database);
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            list.CommandText = TestDatabase.TablesQuery;
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables.Where(t => t != "DataProtectionKeys"))
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\"";
            using var reader = select.ExecuteReader();
            // Rows are compared as a set: no provider promises an order without ORDER BY, and no table here needs one.
            var rows = new List<string>();
            while (reader.Read())
            {
                var row = new StringBuilder();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row.Append(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\u001f');
                }

                rows.Add(row.ToString());
            }

            hash.AppendData(Encoding.UTF8.GetBytes(table));
            foreach (var row in rows.Order(StringComparer.Ordinal))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(row + "\u001e"));
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
