// One browser and one served application are shared; tests take turns.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
