using System.IO;
using System.Linq;
using Acme.Lending;
using ModelDsl.Runtime.Data;
using ModelDsl.Tests.Infrastructure;
using Xunit;

namespace ModelDsl.Tests.Runtime;

/// <summary>The generated typed CSV reader (Applicant from the loan sample) binds columns by DSL name and names bad cells.</summary>
public class CsvReaderTests
{
    private const string Header = "age,income,debt,loan_amount,credit_score,years_employed,employment,purpose,has_collateral,late_payments,country";

    private static Applicant[] Read(string csv) => Applicant.ReadCsv(new StringReader(csv), "test.csv").ToArray();

    [Fact]
    public void Reads_the_bundled_sample_data()
    {
        var path = Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "LoanApproval", "data", "applicants.csv");
        var rows = Applicant.ReadCsv(path).ToList();
        Assert.Equal(15, rows.Count);
        Assert.Equal(34, rows[0].Age);
        Assert.Equal(ApplicantEmployment.Salaried, rows[0].Employment);
        Assert.Equal(Purpose.Home, rows[0].Purpose);
        Assert.True(rows[0].HasCollateral);
        Assert.Equal("US", rows[0].Country);
    }

    [Fact]
    public void Binds_columns_by_name_in_any_order_and_ignores_extra_columns()
    {
        var rows = Read("country,extra,late_payments,has_collateral,purpose,employment,years_employed,credit_score,loan_amount,debt,income,age\n" +
                        "GB,zzz,1,false,car,self_employed,2.5,700,1000,200,30000,40\n");
        var a = Assert.Single(rows);
        Assert.Equal(40, a.Age);
        Assert.Equal(30000f, a.Income);
        Assert.Equal(ApplicantEmployment.SelfEmployed, a.Employment);
        Assert.Equal(2.5f, a.YearsEmployed);
        Assert.Equal("GB", a.Country);
    }

    [Fact]
    public void Quoted_cells_are_unescaped()
    {
        var a = Assert.Single(Read(Header + "\n30,1,1,1,700,1,salaried,car,true,0,\"U,S\"\n"));
        Assert.Equal("U,S", a.Country);
    }

    [Theory]
    [InlineData("30,abc,1,1,700,1,salaried,car,true,0,US", "income", "'abc' is not a number")]
    [InlineData("30,1,1,1,700,1,salaried,car,maybe,0,US", "has_collateral", "'maybe' is not true or false")]
    [InlineData("30,1,1,1,700,1,retired_early,car,true,0,US", "employment", "one of salaried, self_employed, contractor, unemployed, retired")]
    [InlineData("30.5,1,1,1,700,1,salaried,car,true,0,US", "age", "not an integer")]
    [InlineData("30,,1,1,700,1,salaried,car,true,0,US", "income", "the value is missing")]
    [InlineData("30,NaN,1,1,700,1,salaried,car,true,0,US", "income", "finite number")]
    public void Bad_data_names_the_line_and_the_column(string row, string column, string problem)
    {
        var csv = Header + "\n30,1,1,1,700,1,salaried,car,true,0,US\n" + row + "\n";
        var e = Assert.Throws<CsvDataException>(() => Read(csv));
        Assert.Equal(3, e.Line);
        Assert.Equal(column, e.Column);
        Assert.Contains(problem, e.Message);
        Assert.StartsWith("test.csv: line 3, column '" + column + "'", e.Message);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var e = Assert.Throws<CsvDataException>(() => Read("age,income\n1,2\n"));
        Assert.Equal("debt", e.Column);
        Assert.Contains("has no column 'debt'", e.Message);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n")]
    [InlineData("\n   \n")]
    [InlineData("\r\n \t\r\n")]
    public void Blank_lines_at_the_end_are_not_rows(string ending)
    {
        var rows = Read(Header + "\n30,1,1,1,700,1,salaried,car,true,0,US" + ending);
        Assert.Equal(30, Assert.Single(rows).Age);
    }

    [Fact]
    public void Header_names_match_without_the_spaces_around_them_or_a_byte_order_mark()
    {
        var header = "\uFEFF" + string.Join(", ", Header.Split(',').Select(n => " " + n + " "));
        var a = Assert.Single(Read(header + "\n30,1,1,1,700,1,salaried,car,true,0,US\n"));
        Assert.Equal(30, a.Age);
        Assert.Equal("US", a.Country);
        var e = Assert.Throws<CsvDataException>(() => Read("\uFEFFage , income\n1,2\n"));
        Assert.Contains("(it has: age, income)", e.Message);
    }

    [Fact]
    public void A_quote_never_closed_is_named_without_quoting_the_rest_of_the_file()
    {
        var rest = string.Concat(Enumerable.Repeat("30,1,1,1,700,1,salaried,car,true,0,US\n", 20_000));
        var e = Assert.Throws<CsvDataException>(() => Read(Header + "\n30,\"1,1,1,700,1,salaried,car,true,0,US\n" + rest));
        Assert.Equal(2, e.Line);
        Assert.True(e.Message.Length < 400, e.Message);
        Assert.Contains("is a quote never closed?", e.Message);
    }

    [Fact]
    public void A_row_over_the_parser_limit_is_a_csv_error_with_its_line()
    {
        // An open quote with 17 MB after it: Sep's row buffer stops at 16 MB.
        var rest = new string('x', 17 * 1024 * 1024);
        var e = Assert.Throws<CsvDataException>(() => Read(Header + "\n30,1,1,1,700,1,salaried,car,true,0,US\n30,\"" + rest));
        Assert.Equal(3, e.Line);
        Assert.Contains("is a quote never closed?", e.Message);
    }

    [Fact]
    public void Optional_columns_may_be_absent_or_empty_and_read_as_defaults()
    {
        var options = new CsvReadOptions { OptionalColumns = new[] { "employment", "credit_score" } };
        var header = string.Join(',', Header.Split(',').Where(n => n != "employment"));
        var rows = Applicant.ReadCsv(new StringReader(header + "\n30,1,1,1,,1,car,true,0,US\n30,1,1,1,700,1,car,true,0,US\n"), "test.csv", options).ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(default, rows[0].Employment);
        Assert.Equal(0, rows[0].CreditScore);
        Assert.Equal(700, rows[1].CreditScore);
        // A column that is not optional is still required, and its empty cell still an error.
        var e = Assert.Throws<CsvDataException>(() => Applicant.ReadCsv(new StringReader(header + "\n,1,1,1,700,1,car,true,0,US\n"), "test.csv", options).ToArray());
        Assert.Equal("age", e.Column);
        e = Assert.Throws<CsvDataException>(() => Read(header + "\n30,1,1,1,700,1,car,true,0,US\n"));
        Assert.Equal("employment", e.Column);
    }

    [Fact]
    public void A_long_row_is_reported_with_its_line()
    {
        var e = Assert.Throws<CsvDataException>(() => Read(Header + "\n30,1,1,1,700,1,salaried,car,true,0,US,extra\n"));
        Assert.Equal(2, e.Line);
        Assert.Contains("12 columns, more than the header's 11", e.Message);
    }

    private static string Sample() =>
        File.ReadAllText(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "LoanApproval", "data", "applicants.csv")).ReplaceLineEndings("\n");

    [Theory]
    [InlineData("\n")]
    [InlineData("\n\n\n")]
    [InlineData("   \n")]
    [InlineData("\r\n \t\r\n")]
    public void Blank_lines_at_the_end_of_the_sample_are_not_rows(string tail)
    {
        var rows = Read(Sample().TrimEnd('\n') + "\n" + tail);
        Assert.Equal(15, rows.Length);
        Assert.Equal(Applicant.ReadCsv(Path.Combine(GeneratorHarness.RepositoryRoot, "dsl-samples", "LoanApproval", "data", "applicants.csv")).ToArray(), rows);
    }


    [Fact]
    public void An_unterminated_quote_names_its_line_and_quotes_little_of_the_rest()
    {
        // A quote opened in row 3's country runs over the rest of a 1 MB file: one short message, with the line.
        var lines = Sample().TrimEnd('\n').Split('\n').ToList();
        var body = lines.Skip(1).ToArray();
        while (lines.Count < 20_000) lines.AddRange(body);
        lines[3] = lines[3][..lines[3].LastIndexOf(',')] + ",\"U";
        var e = Assert.Throws<CsvDataException>(() => Read(string.Join("\n", lines) + "\n"));
        Assert.Equal(4, e.Line);
        Assert.Equal("country", e.Column);
        Assert.Contains("never closed", e.Message);
        Assert.True(e.Message.Length < 400, $"{e.Message.Length} characters");
    }

    [Fact]
    public void A_row_over_Sep_limit_of_16_MB_is_a_csv_error_with_a_line()
    {
        var text = Sample().TrimEnd('\n') + "\n30,1,1,1,700,1,salaried,car,true,0,\"" + new string('x', 17_000_000) + "\n";
        var e = Assert.Throws<CsvDataException>(() => Read(text));
        Assert.Equal(17, e.Line);
        Assert.Contains("16 MB", e.Message);
        Assert.True(e.Message.Length < 400, $"{e.Message.Length} characters");
    }

    [Fact]
    public void A_long_bad_cell_is_quoted_short()
    {
        var e = Assert.Throws<CsvDataException>(() => Read(Header + "\n30," + new string('9', 5000) + "x,1,1,700,1,salaried,car,true,0,US\n"));
        Assert.Equal("income", e.Column);
        Assert.Contains("(5,001 characters)", e.Message);
        Assert.True(e.Message.Length < 300, $"{e.Message.Length} characters");
    }

    [Fact]
    public void Header_names_are_matched_trimmed_and_without_a_byte_order_mark()
    {
        var lines = Sample().Split('\n');
        lines[0] = "\uFEFF" + string.Join(",", lines[0].Split(',').Select(n => "  " + n + " "));
        var rows = Read(string.Join("\n", lines));
        Assert.Equal(15, rows.Length);
        Assert.Equal(34, rows[0].Age);

        var e = Assert.Throws<CsvDataException>(() => Read("\uFEFFname,income\n1,2\n"));
        Assert.Contains("(it has: name, income)", e.Message);
        Assert.DoesNotContain('\uFEFF', e.Message);
    }

    [Fact]
    public void A_column_named_twice_after_trimming_is_an_error()
    {
        var e = Assert.Throws<CsvDataException>(() => Read("age, age,income\n1,2,3\n"));
        Assert.Equal(1, e.Line);
        Assert.Contains("twice", e.Message);
    }


    [Fact]
    public void A_short_row_is_reported_not_read_as_defaults()
    {
        var e = Assert.Throws<CsvDataException>(() => Read(Header + "\n30,1,1\n"));
        Assert.Equal(2, e.Line);
    }
}
