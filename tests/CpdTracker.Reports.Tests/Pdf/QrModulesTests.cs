using System.Collections;
using CpdTracker.Reports.Pdf;
using QRCoder;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class QrModulesTests
{
    [Theory]
    [InlineData("https://cpd.balintanz.org/verify/ABCD-EFGH")]
    [InlineData("https://cpd.example.org.au/verify/0123-4567-89AB-CDEF?society=bsanz")]
    [InlineData("x")]
    public void RectanglesCoverExactlyTheDarkModulesOfQrCodersMatrixWithoutOverlapping(string url)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;

        var covered = new int[matrix.Count, matrix.Count];
        foreach (var r in QrModules.Rectangles(matrix))
        {
            for (var y = r.Top; y < r.Bottom; y++)
            {
                for (var x = r.Left; x < r.Right; x++)
                {
                    covered[y, x]++;
                }
            }
        }

        for (var y = 0; y < matrix.Count; y++)
        {
            for (var x = 0; x < matrix.Count; x++)
            {
                Assert.Equal(matrix[y][x] ? 1 : 0, covered[y, x]);
            }
        }
    }

    [Fact]
    public void RunsAndStackedRunsNeedFarFewerRectanglesThanDarkModules()
    {
        using var data = QRCodeGenerator.GenerateQrCode("https://cpd.balintanz.org/verify/ABCD-EFGH",
            QRCodeGenerator.ECCLevel.M);
        var dark = data.ModuleMatrix.Sum(row => row.Cast<bool>().Count(b => b));

        var rectangles = QrModules.Rectangles(data.ModuleMatrix);

        Assert.InRange(rectangles.Count, 1, dark / 2);
    }

    [Fact]
    public void IdenticalRunsInConsecutiveRowsBecomeOneRectangle()
    {
        BitArray Row(params bool[] bits) => new(bits);
        var matrix = new[]
        {
            Row(true, true, false, true), Row(true, true, false, false), Row(false, true, true, false),
        };

        var rectangles = QrModules.Rectangles(matrix);

        Assert.Equal([new(0, 0, 2, 2), new(3, 0, 4, 1), new(1, 2, 3, 3)], rectangles);
    }
}
