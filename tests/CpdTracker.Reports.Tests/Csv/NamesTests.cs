using CpdTracker.Reports.Csv;

namespace CpdTracker.Reports.Tests.Csv;

public sealed class NamesTests
{
    [Theory]
    [InlineData("Dr Mere Tūhoe-Ngāwai", "Mere", "Tūhoe-Ngāwai")]
    [InlineData("A/Prof Jane Mary Smith", "Jane Mary", "Smith")]
    [InlineData("Anna van der Berg", "Anna", "van der Berg")]
    [InlineData("Ahmad bin Ismail", "Ahmad", "bin Ismail")]
    [InlineData("  Te   Rangi  ", "Te", "Rangi")]
    [InlineData("Madonna", "", "Madonna")]
    [InlineData("Dr", "", "Dr")]
    [InlineData("", "", "")]
    public void AFullNameIsSplitIntoGivenAndFamilyNamesAsBestItCanBe(string full, string given, string family)
    {
        Assert.Equal((given, family), Names.Split(full));
    }
}
