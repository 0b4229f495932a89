using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// A hash of every row of every table, to prove that a request changed nothing. The data-protection key
/// table is left out: the app adds a key the first time it needs one, which is not a change anyone made.
/// </summary>
public static class DatabaseFingerprint
{
    public static string Take(string databasePath)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var tables = new List<string>();
        using (var list = connection.CreateCommand())
        {
            // Plain tables only: the full-text indexes (virtual tables and their shadow tables) are derived from them.
            list.CommandText = "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'DataProtectionKeys' ORDER BY name";
            using var reader = list.ExecuteReader();
            while (reader.Read())
            {
                tables.Add(reader.GetString(0));
            }
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in tables)
        {
            using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY rowid";
            using var reader = select.ExecuteReader();
            hash.AppendData(Encoding.UTF8.GetBytes(table));
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    hash.AppendData(Encoding.UTF8.GetBytes(Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                }
            }
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
