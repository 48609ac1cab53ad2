namespace CpdTracker.Domain.Members;

public enum Profession
{
    GP,
    Psychiatrist,
    OtherSpecialist,
    Psychologist,
    SocialWorker,
    Nurse,
    OccupationalTherapist,
    MedicalStudent,
    Other,
}
