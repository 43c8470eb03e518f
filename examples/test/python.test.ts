import { exampleSuite } from "./suite.js";

exampleSuite("python");
