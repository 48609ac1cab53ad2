using CpdTracker.Reports.Documents;
using CpdTracker.Reports.Documents.Models;

namespace CpdTracker.Reports.Tests.Pdf;

public sealed class CertificateDefectTests
{
    private static readonly CreditLine Psyba = new("PSYBA", "PSYBA-2020", "PD", "Peer consultation", 1.5m, "hours");

    [Fact]
    public void PsychologistAtAnRacgpAccreditedGroupGetsNoRacgpWording()
    {
        var model = SampleModels.Attendance(racgpAccredited: true) with { Credits = [Psyba] };

        Assert.DoesNotContain("RACGP-approved", PdfText.All(new AttendanceCertificateDocument(model).Render()));
    }

    [Fact]
    public void PsychologistAtAnRacgpAccreditedWorkshopGetsNoRacgpWording()
    {
        var model = SampleModels.Workshop() with { Credits = [Psyba] };

        Assert.DoesNotContain("RACGP-approved", PdfText.All(new WorkshopCertificateDocument(model).Render()));
    }

    [Fact]
    public void RacgpLineWithNoCreditCarriesNoRacgpWording()
    {
        var model = SampleModels.Attendance(racgpAccredited: true) with
        {
            Credits = [new("RACGP", "RACGP-2023", "RP", "Reviewing performance", 0m, "hours"), Psyba],
        };

        Assert.DoesNotContain("RACGP-approved", PdfText.All(new AttendanceCertificateDocument(model).Render()));
    }

    [Fact]
    public void MedicalStudentsCertificateSaysAttendanceOnlyAndHasNoCreditTable()
    {
        var model = SampleModels.Attendance(racgpAccredited: true) with { Credits = [] };

        var text = PdfText.All(new AttendanceCertificateDocument(model).Render());

        Assert.Contains("Attendance only: no college CPD credit is claimed on this certificate.", text);
        Assert.DoesNotContain("College Rule set Category Credit", text);
        Assert.DoesNotContain("RACGP-approved", text);
        Assert.Contains("Wellington Tuesday evening Balint group", text);
    }

    [Fact]
    public void WorkshopCertificateWithoutCreditSaysAttendanceOnlyAndHasNoCreditTable()
    {
        var model = SampleModels.Workshop() with { Credits = [] };

        var text = PdfText.All(new WorkshopCertificateDocument(model).Render());

        Assert.Contains("Attendance only: no college CPD credit is claimed on this certificate.", text);
        Assert.DoesNotContain("College Rule set Category Credit", text);
        Assert.DoesNotContain("RACGP-approved", text);
        Assert.Contains("Small group 3", text);
    }
}
