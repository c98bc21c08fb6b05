using Microsoft.Data.Sqlite;
using PlanWorkflows.Engine.Runtime.Persistence.Rows;

namespace PlanWorkflows.Engine.Tests.Runtime.Persistence;

public sealed class SqliteStatementTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("planworkflows-statement-").FullName;
    private readonly SqliteConnection connection;

    public SqliteStatementTests()
    {
        connection = new SqliteConnection($"Data Source={Path.Combine(folder, "statement.db")}");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = "CREATE TABLE Items (Id TEXT PRIMARY KEY, Number INTEGER NOT NULL, Flag INTEGER NOT NULL, Note TEXT NULL)";
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Execute_ThenQuery_BindsByPositionAndReadsEachColumn()
    {
        using var insert = new SqliteStatement(connection, "INSERT INTO Items VALUES (@p0, @p1, @p2, @p3)");
        using var select = new SqliteStatement(connection, "SELECT Id, Number, Flag, Note FROM Items ORDER BY Id");

        insert.Execute("a", 1L, true, "note").Should().Be(1);
        insert.Execute("b", int.MaxValue, false, DBNull.Value).Should().Be(1);
        var rows = select.Query(row => (row.GetString(0), row.GetInt64(1), row.GetInt32(2), row.GetNullableString(3)));

        rows.Should().Equal(("a", 1L, 1, "note"), ("b", int.MaxValue, 0, null));
    }

    [Fact]
    public void Execute_DuplicateKey_ThrowsSqliteExceptionWithTheConstraintCodeAndStaysUsable()
    {
        using var insert = new SqliteStatement(connection, "INSERT INTO Items VALUES (@p0, @p1, @p2, @p3)");
        using var exists = new SqliteStatement(connection, "SELECT 1 FROM Items WHERE Id = @p0");
        insert.Execute("a", 1L, true, null);

        var duplicate = () => insert.Execute("a", 2L, true, null);

        duplicate.Should().Throw<SqliteException>().Which.SqliteErrorCode.Should().Be(SQLitePCL.raw.SQLITE_CONSTRAINT);
        insert.Execute("b", 2L, true, null).Should().Be(1);
        exists.Exists("b").Should().BeTrue();
        exists.Exists("c").Should().BeFalse();
    }

    [Fact]
    public void Execute_VietnameseText_IsStoredAsUtf8AndReadBackUnchanged()
    {
        const string note = "Kế hoạch triển khai: UBND tỉnh chủ trì, các sở phối hợp";
        using var insert = new SqliteStatement(connection, "INSERT INTO Items VALUES (@p0, @p1, @p2, @p3)");
        using var select = new SqliteStatement(connection, "SELECT Note, length(CAST(Note AS BLOB)) FROM Items");

        insert.Execute("a", 1L, true, note);
        var stored = select.Query(row => (row.GetString(0), row.GetInt64(1))).Single();

        stored.Should().Be((note, (long)System.Text.Encoding.UTF8.GetByteCount(note)));
    }

    [Fact]
    public void Execute_EmptyText_IsStoredAsEmptyTextNotNull()
    {
        using var insert = new SqliteStatement(connection, "INSERT INTO Items VALUES (@p0, @p1, @p2, @p3)");
        using var select = new SqliteStatement(connection, "SELECT Note IS NULL, Note FROM Items");

        insert.Execute("a", 1L, true, string.Empty);
        var stored = select.Query(row => (row.GetInt32(0), row.GetNullableString(1))).Single();

        stored.Should().Be((0, string.Empty));
    }

    [Fact]
    public void Execute_ValueOfAnUnmappedType_ThrowsNotSupported()
    {
        using var insert = new SqliteStatement(connection, "INSERT INTO Items VALUES (@p0, @p1, @p2, @p3)");

        var unmapped = () => insert.Execute("a", Guid.NewGuid(), true, null);

        unmapped.Should().Throw<NotSupportedException>().WithMessage("*Guid*");
    }

    public void Dispose()
    {
        connection.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
