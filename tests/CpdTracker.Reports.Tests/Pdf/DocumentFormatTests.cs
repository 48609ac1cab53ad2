using System.Globalization;
using CpdTracker.Reports.Documents;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class DocumentFormatTests
{
    [Theory]
    [InlineData("1.50", "1.5")]
    [InlineData("40", "40")]
    [InlineData("40.00", "40")]
    [InlineData("0.25", "0.25")]
    [InlineData("1234.5", "1234.5")]
    public void AmountsPrintInvariantlyWithoutTrailingZeros(string amount, string expected)
    {
        Assert.Equal(expected, DocumentFormat.Amount(decimal.Parse(amount, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void AmountOfOneUsesTheSingularUnit()
    {
        Assert.Equal("1 hour", DocumentFormat.Credit(1m, "hours"));
        Assert.Equal("40 points", DocumentFormat.Credit(40m, "points"));
        Assert.Equal("1.5 credits", DocumentFormat.Credit(1.5m, "credits"));
    }

    [Fact]
    public void DatesAndTimesPrintInEnglishWhateverTheServerCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("4 March 2026", DocumentFormat.Date(new DateOnly(2026, 3, 4)));
            Assert.Equal("7:30 pm AEDT", DocumentFormat.Time(new TimeOnly(19, 30), "AEDT"));
            Assert.Equal("1.5 hours", DocumentFormat.Credit(1.5m, "hours"));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void CertificateBytesDoNotDependOnTheServerCulture()
    {
        var invariant = new AttendanceCertificateDocument(SampleModels.Attendance()).Render();
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("fr-FR");

            Assert.Equal(invariant, new AttendanceCertificateDocument(SampleModels.Attendance()).Render());
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
