/** Word lists for realistic-looking seed data. */
export const FIRST_NAMES = [
  "Olivia", "Liam", "Emma", "Noah", "Ava", "Mateo", "Sofia", "Lucas", "Amelia", "Ethan", "Mia", "Hiro",
  "Isabella", "Arjun", "Chloe", "Kwame", "Zoe", "Mohammed", "Hannah", "Diego", "Priya", "Jonas", "Lea",
  "Tomasz", "Aisha", "Felix", "Ingrid", "Rafael", "Yuki", "Nadia", "Samuel", "Elif", "Oscar", "Ines",
  "Daniel", "Freya", "Marco", "Leila", "Viktor", "Grace", "Kofi", "Clara", "Ravi", "Julia", "Anders",
  "Fatima", "Pablo", "Sara", "Malik", "Lena", "Chen", "Maya", "Luca", "Aylin", "Ben", "Nora",
] as const;

export const LAST_NAMES = [
  "Johnson", "García", "Müller", "Nakamura", "Okafor", "Rossi", "Kowalski", "Haddad", "Andersson", "Silva",
  "Patel", "Nguyen", "Dubois", "Schmidt", "Fernández", "Kim", "O'Brien", "Novak", "Costa", "Yilmaz",
  "Ivanova", "Jensen", "Mensah", "Tanaka", "Bianchi", "Larsen", "Mendes", "Cohen", "Singh", "Walsh",
  "Hoffmann", "Moreau", "Eriksson", "Popescu", "Santos", "Lindqvist", "Chowdhury", "Brennan", "Weber",
  "Alvarez", "Petrov", "Fischer", "Hughes", "Sato", "Laurent", "Bakker", "Romero", "Nieminen",
] as const;

export const EMAIL_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com"] as const;

export const CITIES = [
  { city: "Berlin", country: "Germany", street: "Torstraße", postal: "10119", phone: "+49 30" },
  { city: "Amsterdam", country: "Netherlands", street: "Keizersgracht", postal: "1015 CJ", phone: "+31 20" },
  { city: "London", country: "United Kingdom", street: "Old Street", postal: "EC1V 9HL", phone: "+44 20" },
  { city: "Lisbon", country: "Portugal", street: "Rua Augusta", postal: "1100-053", phone: "+351 21" },
  { city: "Warsaw", country: "Poland", street: "ul. Prosta", postal: "00-838", phone: "+48 22" },
  { city: "Stockholm", country: "Sweden", street: "Sveavägen", postal: "111 57", phone: "+46 8" },
  { city: "Barcelona", country: "Spain", street: "Carrer de Pujades", postal: "08005", phone: "+34 93" },
  { city: "Toronto", country: "Canada", street: "King Street West", postal: "M5V 1J5", phone: "+1 416" },
  { city: "Austin", country: "United States", street: "Congress Avenue", postal: "78701", phone: "+1 512" },
  { city: "Dublin", country: "Ireland", street: "Grand Canal Quay", postal: "D02 KX45", phone: "+353 1" },
] as const;

export const SCHOOLS = [
  "Technical University of Munich", "University of Amsterdam", "Imperial College London", "KTH Royal Institute of Technology",
  "University of Lisbon", "Warsaw University of Technology", "University of Toronto", "Trinity College Dublin",
  "ETH Zurich", "Universitat Politècnica de Catalunya", "University of Texas at Austin", "Delft University of Technology",
] as const;

export const DEGREES = ["bachelors_degree", "masters_degree", "doctorate_degree", "associate_degree", "certificate_or_diploma"] as const;

export const MAJORS = [
  "Computer Science", "Mechanical Engineering", "Electrical Engineering", "Mechatronics", "Industrial Design",
  "Business Administration", "Mathematics", "Physics", "Psychology", "Marketing", "Data Science",
] as const;

export const EMPLOYERS = [
  "Northwind Systems", "Blue Harbor Labs", "Contoso Automation", "Fabrikam Motors", "Tailspin Logistics",
  "Wingtip Devices", "Litware Analytics", "Proseware", "Adventure Works", "Lucerne Robotics", "Margie's Travel",
  "Woodgrove Bank", "Coho Vineyard Tech", "Fourth Coffee", "Trey Research",
] as const;

export const SKILLS = [
  "TypeScript", "Python", "C++", "Rust", "ROS 2", "Embedded C", "Kubernetes", "PostgreSQL", "React", "Go",
  "Computer Vision", "SLAM", "PLC programming", "SolidWorks", "Figma", "Product discovery", "SQL",
  "Machine Learning", "Motion control", "Technical writing", "Stakeholder management", "Salesforce",
  "Negotiation", "Public speaking", "Agile coaching", "AWS", "Terraform", "Supply chain", "Six Sigma",
] as const;

export const SENIORITIES = ["intern", "junior", "mid", "senior", "lead", "principal"] as const;

export const SUITABILITIES = ["suitable", "maybe", "not_suitable", "not_reviewed"] as const;

export const SOURCE_PLATFORMS = ["api", "linkedin", "indeed", "career_page", "referral"] as const;

export const TAG_TITLES = [
  "Top Candidate", "Referral", "Relocation needed", "Visa sponsorship", "Silver medalist", "Remote only",
  "Contacted", "Second interview", "Strong portfolio", "Culture add",
] as const;

export const JOB_TITLES = [
  { title: "Senior Robotics Software Engineer", category: "Engineering" },
  { title: "Embedded Firmware Engineer", category: "Engineering" },
  { title: "Computer Vision Engineer", category: "Engineering" },
  { title: "Mechanical Design Engineer", category: "Engineering" },
  { title: "Site Reliability Engineer", category: "Engineering" },
  { title: "Frontend Engineer (React)", category: "Engineering" },
  { title: "Backend Engineer (Go)", category: "Engineering" },
  { title: "Data Engineer", category: "Data" },
  { title: "Machine Learning Engineer", category: "Data" },
  { title: "Product Manager, Fleet Software", category: "Product" },
  { title: "Product Designer", category: "Design" },
  { title: "UX Researcher", category: "Design" },
  { title: "Field Service Technician", category: "Operations" },
  { title: "Supply Chain Planner", category: "Operations" },
  { title: "Quality Assurance Lead", category: "Operations" },
  { title: "Technical Writer", category: "Engineering" },
  { title: "Account Executive, DACH", category: "Sales" },
  { title: "Solutions Engineer", category: "Sales" },
  { title: "Customer Success Manager", category: "Customer Success" },
  { title: "People Partner", category: "People" },
  { title: "Talent Acquisition Specialist", category: "People" },
  { title: "Financial Controller", category: "Finance" },
  { title: "Office Manager", category: "Operations" },
  { title: "Marketing Manager", category: "Marketing" },
  { title: "Content Marketing Lead", category: "Marketing" },
  { title: "Security Engineer", category: "Engineering" },
  { title: "Robotics Intern", category: "Engineering" },
  { title: "Hardware Test Engineer", category: "Engineering" },
  { title: "Controls Engineer", category: "Engineering" },
  { title: "Engineering Manager, Autonomy", category: "Engineering" },
  { title: "Legal Counsel", category: "Legal" },
  { title: "Procurement Specialist", category: "Operations" },
  { title: "Developer Advocate", category: "Marketing" },
  { title: "IT Support Specialist", category: "IT" },
] as const;

export const POOL_NAMES = [
  "Software Developer Talents", "Robotics Engineers — Europe", "Silver Medalists 2025", "Design & UX",
  "Sales Pipeline (DACH)", "Graduate Programme", "Future Leaders", "Referrals",
] as const;
